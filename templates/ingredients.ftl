<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout/base.ftl" as base>
<@base.layout>
<h1>${page.title}</h1>
<p class="lw-lead">What each ingredient does, how good the evidence is, when to use it and how to start. Grouped by what they do.</p>
<p><a href="${root}ingredients/pairs/">Which ingredients go together</a>: a table of ${pairCount} known pairings, from conflicts to myths.</p>
<nav class="lw-toc" aria-labelledby="lw-ingredient-groups">
  <h2 id="lw-ingredient-groups" class="lw-toc__title">Groups</h2>
  <ul><#list groups as group><li><a href="#${group.id}">${group.label}</a></li></#list></ul>
</nav>
<#list groups as group>
<section aria-labelledby="${group.id}">
  <h2 id="${group.id}">${group.label}</h2>
  <ul class="lw-ingredient-list">
    <#list group.ingredients as ingredient>
    <li class="lw-ingredient-list__item">
      <a class="lw-ingredient-list__name" href="${root}${ingredient.path}">${ingredient.name}</a>
      <span class="lw-ingredient-list__summary">${ingredient.summary}</span>
      <span class="lw-ingredient-list__meta">Evidence: ${ingredient.evidence.label()?lower_case}. ${ingredient.timeLabel()}.<#if ingredient.prescription> Prescription.</#if></span>
    </li>
    </#list>
  </ul>
</section>
</#list>
</@base.layout>

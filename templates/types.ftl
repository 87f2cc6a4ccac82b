<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout/base.ftl" as base>
<@base.layout>
<h1>${page.title}</h1>
<p class="lw-lead">In the order they go on. Types on the same step are alternatives or partners at that point of the routine.</p>
<ol class="lw-steps">
  <#list groups as group>
  <li class="lw-steps__step">
    <#list group.types as type>
    <article class="lw-type-summary">
      <h2 class="lw-type-summary__name"><a href="${root}types/${type.id}/">${type.name}</a></h2>
      <p>${type.summary}</p>
      <p class="lw-type-summary__meta">${type.frequency}</p>
    </article>
    </#list>
  </li>
  </#list>
</ol>
</@base.layout>

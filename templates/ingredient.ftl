<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout/base.ftl" as base>
<#import "partials/layering-diagram.ftl" as layering>
<#import "partials/source-list.ftl" as sources>
<@base.layout>
<article class="lw-ingredient">
  <h1>${ingredient.name}</h1>
  <p class="lw-lead">${ingredient.summary}</p>
  <#if ingredient.aliases?has_content><p>Also called: ${ingredient.aliases?join(", ")}.</p></#if>
  <dl class="lw-facts">
    <dt>What it does</dt><dd>${ingredient.does}</dd>
    <dt>Evidence</dt><dd><strong>${ingredient.evidence.label()}.</strong> ${ingredient.evidenceNote}</dd>
    <dt>Time of day</dt><dd>${ingredient.timeLabel()}</dd>
    <dt id="sun">Sun</dt><dd><strong>${ingredient.sunLabel()}.</strong> ${ingredient.sunNote}</dd>
    <dt id="pregnancy">Pregnancy and breastfeeding</dt><dd>${ingredient.pregnancy}</dd>
    <dt>Irritation</dt><dd>${ingredient.irritationLabel()}</dd>
    <dt id="start">How to start</dt><dd>${ingredient.start}</dd>
    <#if ingredient.prescription><dt>Prescription</dt><dd>Needs a prescription in most countries.</dd></#if>
  </dl>
  <h2 id="types">Products that usually carry it</h2>
  <#if carriers?has_content>
  <ul class="lw-ingredient__types"><#list carriers as type><li><a href="${root}${type.path}">${type.name}</a></li></#list></ul>
  <#else>
  <p>No product type on this site usually carries it; look for it on the ingredient list.</p>
  </#if>
  <h2 id="pairs">With other ingredients</h2>
  <#if pairs?has_content>
  <ul class="lw-pair-notes">
    <#list pairs as note>
    <li class="lw-pair-note lw-pair-note--${note.pair.verdict.word()}">
      <p class="lw-pair-note__title"><span class="lw-verdict lw-verdict--${note.pair.verdict.word()}"><span aria-hidden="true">${note.pair.verdict.mark()} </span>${note.pair.verdict.label()}</span> with <#list note.others as other><a href="${root}${other.path}">${other.name}</a><#sep>, </#sep></#list></p>
      <p>${note.pair.advice} <a href="${root}${note.path}">Why: ${note.pair.title}</a></p>
    </li>
    </#list>
  </ul>
  <#else>
  <p>No known pairing needs a note. The <a href="${root}ingredients/pairs/">pairs table</a> lists those that do.</p>
  </#if>
  <h2 id="where-it-goes">Where it goes</h2>
  <#if carriers?has_content><p>The products that usually carry ${ingredient.name?lower_case} are highlighted.</p></#if>
  <@layering.pair diagrams/><#nt>
  <h2 id="sources">Sources</h2>
  <@sources.list ingredient.sources/>
</article>
</@base.layout>

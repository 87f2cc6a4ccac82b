<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout/base.ftl" as base>
<#import "partials/meter.ftl" as meter>
<#import "partials/body.ftl" as body>
<#import "partials/placement-notes.ftl" as placements>
<#import "partials/layering-diagram.ftl" as layering>
<#import "partials/contested-note.ftl" as disputes>
<#import "partials/article-list.ftl" as cards>
<#import "partials/source-list.ftl" as sources>
<@base.layout>
<article class="lw-type">
  <h1>${type.name}</h1>
  <p class="lw-lead">${type.summary}</p>
  <#if reviewed??><p class="lw-reviewed">Reviewed <time datetime="${reviewed.iso}">${reviewed.text}</time></p></#if>
  <#if type.aliases?has_content><p>Also called: ${type.aliases?join(", ")}.</p></#if>
  <dl class="lw-facts">
    <#list facts as fact><dt>${fact.label}</dt><dd>${fact.cell.text}<@meter.meter fact.cell/></dd></#list>
  </dl>
  <#if type.cautions?has_content>
  <h2>Cautions</h2>
  <ul><#list type.cautions as caution><li>${caution}</li></#list></ul>
  </#if>
  <@body.prose prose/>
  <#if ingredients?has_content>
  <h2 id="ingredients">Ingredients it often carries</h2>
  <ul class="lw-ingredient__types"><#list ingredients as ingredient><li><a href="${root}${ingredient.path}">${ingredient.name}</a></li></#list></ul>
  </#if>
  <h2 id="where-it-goes">Where it goes</h2>
  <@placements.list placementNotes/>
  <@layering.pair diagrams/><#nt>
  <#if type.disputes?has_content>
  <h2 id="disputes">Where sources disagree</h2>
  <#list type.disputes as dispute><@disputes.note dispute dispute?index/></#list>
  </#if>
  <#if comparisons?has_content>
  <h2 id="compare">Compare</h2>
  <ul><#list comparisons as comparison><li><a href="${root}${comparison.path}">${comparison.title}</a></li></#list></ul>
  </#if>
  <#if articles?has_content>
  <h2 id="articles">Articles about ${type.nameInSentence}</h2>
  <@cards.list articles/>
  </#if>
  <h2 id="sources">Sources</h2>
  <@sources.list type.sources/>
</article>
</@base.layout>

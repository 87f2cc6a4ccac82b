<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout/base.ftl" as base>
<@base.layout>
<article class="lw-type">
  <h1>${type.name}</h1>
  <p class="lw-lead">${type.summary}</p>
  <#if reviewed??><p class="lw-reviewed">Reviewed <time datetime="${reviewed.iso}">${reviewed.text}</time></p></#if>
  <#if type.aliases?has_content><p>Also called: ${type.aliases?join(", ")}.</p></#if>
  <dl class="lw-facts">
    <#list facts as fact><dt>${fact.label}</dt><dd>${fact.cell.text}<#assign cell = fact.cell><#include "partials/meter.ftl"></dd></#list>
  </dl>
  <#if type.cautions?has_content>
  <h2>Cautions</h2>
  <ul><#list type.cautions as caution><li>${caution}</li></#list></ul>
  </#if>
  <#include "partials/body.ftl">
  <#if ingredients?has_content>
  <h2 id="ingredients">Ingredients it often carries</h2>
  <ul class="lw-ingredient__types"><#list ingredients as ingredient><li><a href="${root}ingredients/${ingredient.id}/">${ingredient.name}</a></li></#list></ul>
  </#if>
  <h2 id="where-it-goes">Where it goes</h2>
  <#include "partials/placement-notes.ftl">
  <div class="lw-diagram-pair"><#list diagrams as diagram><#include "partials/layering-diagram.ftl"></#list></div>
  <#if type.disputes?has_content>
  <h2 id="disputes">Where sources disagree</h2>
  <#list type.disputes as dispute><#assign disputeNumber = dispute?index><#include "partials/contested-note.ftl"></#list>
  </#if>
  <#if comparisons?has_content>
  <h2 id="compare">Compare</h2>
  <ul><#list comparisons as comparison><li><a href="${root}compare/${comparison.slug}/">${comparison.title}</a></li></#list></ul>
  </#if>
  <#if articles?has_content>
  <h2 id="articles">Articles about ${type.nameInSentence}</h2>
  <#include "partials/article-list.ftl">
  </#if>
  <h2 id="sources">Sources</h2>
  <#assign sources = type.sources><#include "partials/source-list.ftl">
</article>
</@base.layout>

<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout/base.ftl" as base>
<@base.layout>
<div class="lw-hero">
  <h1 class="lw-hero__title">${site.tagline}</h1>
  <p class="lw-hero__lead">${site.description}</p>
</div>
<section aria-labelledby="lw-home-order">
  <h2 id="lw-home-order">The order, at a glance</h2>
  <p>Thin, watery layers go on first and rich, sealing ones last; sunscreen ends the morning. <a href="${root}layering/">More on layering</a>.</p>
  <div class="lw-diagram-pair"><#list diagrams as diagram><#include "partials/layering-diagram.ftl"></#list></div>
</section>
<#if featured??>
<section aria-labelledby="lw-home-compare">
  <h2 id="lw-home-compare">${featured.title}</h2>
  <#assign comparison = featured>
  <#include "partials/comparison-table.ftl">
  <p><a href="${root}compare/${featured.slug}/">The full comparison</a> · <a href="${root}compare/">Compare all ${typeCount} types</a></p>
</section>
</#if>
<section aria-labelledby="lw-home-articles">
  <h2 id="lw-home-articles">Latest articles</h2>
  <#include "partials/article-list.ftl">
  <p><a href="${root}articles/">All articles</a> · <a href="${root}faq/">FAQ</a> · <a href="${root}glossary/">Glossary</a></p>
</section>
</@base.layout>

<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout/base.ftl" as base>
<#import "partials/layering-diagram.ftl" as layering>
<#import "partials/comparison-table.ftl" as comparison_table>
<#import "partials/article-list.ftl" as cards>
<@base.layout>
<div class="lw-hero">
  <h1 class="lw-hero__title">${site.tagline}</h1>
  <p class="lw-hero__lead">${site.description}</p>
</div>
<section aria-labelledby="lw-home-order">
  <h2 id="lw-home-order">The order, at a glance</h2>
  <p>Thin, watery layers go on first and rich, sealing ones last; sunscreen ends the morning. <a href="${root}layering/">More on layering</a>.</p>
  <@layering.pair diagrams/><#nt>
</section>
<#if featured??>
<section aria-labelledby="lw-home-compare">
  <h2 id="lw-home-compare">${featured.title}</h2>
  <@comparison_table.table featured/>
  <p><a href="${root}${featured.path}">The full comparison</a> · <a href="${root}compare/">Compare all ${typeCount} types</a></p>
</section>
</#if>
<section aria-labelledby="lw-home-articles">
  <h2 id="lw-home-articles">Latest articles</h2>
  <@cards.list articles/>
  <p><a href="${root}articles/">All articles</a> · <a href="${root}faq/">FAQ</a> · <a href="${root}glossary/">Glossary</a></p>
</section>
</@base.layout>

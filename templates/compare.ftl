<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout/base.ftl" as base>
<#import "partials/meter.ftl" as meter>
<@base.layout>
<h1>${page.title}</h1>
<p class="lw-lead">Every type in routine order. Texture and strength read from 1 (lightest, weakest) to 5 (richest, strongest); “disputed” marks points on which sources disagree.</p>
<div class="lw-table-scroll lw-table-scroll--all" role="region" aria-labelledby="lw-compare-all" tabindex="0">
<table class="lw-compare lw-compare--all">
  <caption id="lw-compare-all">All product types compared</caption>
  <thead><tr><th scope="col">Type</th><#list table.columns as column><th scope="col">${column.label()}</th></#list></tr></thead>
  <tbody>
    <#list table.rows as row>
    <tr><th scope="row"><a href="${root}${row.type.path}">${row.type.name}</a></th><#list row.cells as cell><td>${cell.text}<@meter.meter cell/></td></#list></tr>
    </#list>
  </tbody>
</table>
</div>
<#-- Phones get the same rows as cards, which need no sideways scrolling; the stylesheet shows one or the other. -->
<div class="lw-compare-cards">
  <#list table.rows as row>
  <section class="lw-compare-card" aria-labelledby="lw-compare-card-${row.type.id}">
    <h2 class="lw-compare-card__name" id="lw-compare-card-${row.type.id}"><a href="${root}${row.type.path}">${row.type.name}</a></h2>
    <dl class="lw-compare-card__facts"><#list row.cells as cell><dt>${table.columns[cell?index].label()}</dt><dd>${cell.text}<@meter.meter cell/></dd></#list></dl>
  </section>
  </#list>
</div>
<h2>Side by side</h2>
<ul><#list comparisons as comparison><li><a href="${root}${comparison.path}">${comparison.title}</a></li></#list></ul>
</@base.layout>

<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout/base.ftl" as base>
<@base.layout>
<h1>${page.title}</h1>
<p class="lw-lead">Each cell says what is known about using two ingredients together and links to the reason. An empty cell means no known note: use your judgement and add one new active at a time.</p>
<ul class="lw-verdict-key" aria-label="What the cells say">
  <li><span class="lw-verdict lw-verdict--conflict"><span aria-hidden="true">✕ </span>Conflict</span>: keep them apart.</li>
  <li><span class="lw-verdict lw-verdict--caution"><span aria-hidden="true">! </span>Caution</span>: fine with care, such as on alternate nights.</li>
  <li><span class="lw-verdict lw-verdict--fine"><span aria-hidden="true">✓ </span>Fine</span>: fine together.</li>
  <li><span class="lw-verdict lw-verdict--myth"><span aria-hidden="true">✓ </span>Myth</span>: said to clash, but fine together.</li>
</ul>
<p><a href="#lw-pairs-list">Skip the table: every pair as a list</a></p>
<h2 id="lw-pairs-table">Ingredients against ingredients</h2>
<p class="lw-pairs__hint">Rows and columns list the same ingredients; on a narrow screen the table scrolls sideways.</p>
<div class="lw-table-scroll" role="region" aria-labelledby="lw-pairs-table" tabindex="0">
<table class="lw-compare lw-pairs">
  <caption class="lw-visually-hidden">Ingredients against ingredients: what is known about each pair</caption>
  <thead><tr><td></td><#list table.ingredients as column><th scope="col"><a href="${root}ingredients/${column.id}/">${column.shortName}</a></th></#list></tr></thead>
  <tbody>
    <#list table.rows as row>
    <tr><th scope="row"><a href="${root}ingredients/${row.ingredient.id}/">${row.ingredient.name}</a></th><#list row.cells as cell><#if cell.linked()><td class="lw-pairs__cell lw-pairs__cell--${cell.kind}"><a class="lw-verdict lw-verdict--${cell.kind}" href="#${cell.anchor}"><span aria-hidden="true">${cell.mark} </span>${cell.label}</a></td><#elseif cell.kind == "self"><td class="lw-pairs__cell lw-pairs__cell--self"><span class="lw-visually-hidden">Same ingredient</span></td><#else><td class="lw-pairs__cell"><span class="lw-visually-hidden">No note</span></td></#if></#list></tr>
    </#list>
  </tbody>
</table>
</div>
<h2 id="lw-pairs-list">Every pair, with the reason</h2>
<#list pairs as pair>
<section class="lw-pair lw-pair--${pair.verdict.word()}" id="${pair.id}" aria-labelledby="${pair.id}-title">
  <h3 id="${pair.id}-title">${pair.title}</h3>
  <p><span class="lw-verdict lw-verdict--${pair.verdict.word()}"><span aria-hidden="true">${pair.verdict.mark()} </span>${pair.verdict.label()}</span>: <#list pair.first as id><a href="${root}ingredients/${id}/">${names[id]}</a><#sep>, </#sep></#list> with <#list pair.second as id><a href="${root}ingredients/${id}/">${names[id]}</a><#sep>, </#sep></#list>.</p>
  <dl class="lw-pair__facts">
    <dt>What to do</dt><dd>${pair.advice}</dd>
    <dt>Why</dt><dd>${pair.reason}</dd>
    <dt>Evidence</dt><dd>${pair.evidence}</dd>
  </dl>
  <h4 class="lw-pair__sources-title">Sources</h4>
  <#assign sources = pair.sources><#include "partials/source-list.ftl">
</section>
</#list>
<#if sunSensitising?has_content>
<h2 id="sun">With the sun</h2>
<p>These make skin more sensitive to the sun. Use a broad-spectrum sunscreen every morning while you use them, and for a while after you stop:</p>
<ul><#list sunSensitising as ingredient><li><a href="${root}ingredients/${ingredient.id}/#sun">${ingredient.name}</a></li></#list></ul>
</#if>
</@base.layout>

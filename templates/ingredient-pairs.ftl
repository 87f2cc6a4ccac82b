<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout/base.ftl" as base>
<#import "partials/source-list.ftl" as sources>
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
  <thead><tr><td></td><#list table.ingredients as column><th scope="col"><a href="${root}${column.path}">${column.shortName}</a></th></#list></tr></thead>
  <tbody>
    <#list table.rows as row>
    <tr><th scope="row"><a href="${root}${row.ingredient.path}">${row.ingredient.name}</a></th><#list row.cells as cell><#if cell.linked()><td class="lw-pairs__cell lw-pairs__cell--${cell.kind}"><a class="lw-verdict lw-verdict--${cell.kind}" href="#${cell.anchor}"><span aria-hidden="true">${cell.mark} </span>${cell.label}</a></td><#elseif cell.kind == "self"><td class="lw-pairs__cell lw-pairs__cell--self"><span class="lw-visually-hidden">Same ingredient</span></td><#else><td class="lw-pairs__cell"><span class="lw-visually-hidden">No note</span></td></#if></#list></tr>
    </#list>
  </tbody>
</table>
</div>
<h2 id="lw-pairs-list">Every pair, with the reason</h2>
<#list pairs as entry>
<section class="lw-pair lw-pair--${entry.pair.verdict.word()}" id="${entry.pair.id}" aria-labelledby="${entry.pair.id}-title">
  <h3 id="${entry.pair.id}-title">${entry.pair.title}</h3>
  <p><span class="lw-verdict lw-verdict--${entry.pair.verdict.word()}"><span aria-hidden="true">${entry.pair.verdict.mark()} </span>${entry.pair.verdict.label()}</span>: <#list entry.first as link><a href="${root}${link.path}">${link.name}</a><#sep>, </#sep></#list> with <#list entry.second as link><a href="${root}${link.path}">${link.name}</a><#sep>, </#sep></#list>.</p>
  <dl class="lw-pair__facts">
    <dt>What to do</dt><dd>${entry.pair.advice}</dd>
    <dt>Why</dt><dd>${entry.pair.reason}</dd>
    <dt>Evidence</dt><dd>${entry.pair.evidence}</dd>
  </dl>
  <h4 class="lw-pair__sources-title">Sources</h4>
  <@sources.list entry.pair.sources/>
</section>
</#list>
<#if sunSensitising?has_content>
<h2 id="sun">With the sun</h2>
<p>These make skin more sensitive to the sun. Use a broad-spectrum sunscreen every morning while you use them, and for a while after you stop:</p>
<ul><#list sunSensitising as ingredient><li><a href="${root}${ingredient.path}#sun">${ingredient.name}</a></li></#list></ul>
</#if>
</@base.layout>

<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout/base.ftl" as base>
<#import "partials/layering-diagram.ftl" as layering>
<#import "partials/placement-notes.ftl" as placements>
<@base.layout>
<h1>${page.title}</h1>
<p class="lw-lead">Cleanse, treat, moisturize, and in the morning protect: within that backbone, thin layers go on before thick ones and water-based before oil-based. Each band below is as tall as the product is thick.</p>
<@layering.pair diagrams/><#nt>
<#if treatments?has_content>
<h2 id="treatments">Treatment steps</h2>
<p>Some steps are actives rather than product types. They go on clean, dry skin before the water-based layers, on the days you use them.</p>
<#list treatments as note>
<h3 id="treatment-${note.treatment().id()}">${note.treatment().name()}</h3>
<p>${note.treatment().summary()} <a href="${root}${note.termPath}">What it is</a>.</p>
<@placements.list note.placements()/>
</#list>
</#if>
<p>Why this order, the exceptions, and how long to wait between layers: see the <a href="${root}articles/">articles</a> and the <a href="${root}faq/">FAQ</a>.</p>
</@base.layout>

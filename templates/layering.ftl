<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout/base.ftl" as base>
<@base.layout>
<h1>${page.title}</h1>
<p class="lw-lead">Cleanse, treat, moisturize, and in the morning protect: within that backbone, thin layers go on before thick ones and water-based before oil-based. Each band below is as tall as the product is thick.</p>
<div class="lw-diagram-pair"><#list diagrams as diagram><#include "partials/layering-diagram.ftl"></#list></div>
<p>Why this order, the exceptions, and how long to wait between layers: see the <a href="${root}articles/">articles</a> and the <a href="${root}faq/">FAQ</a>.</p>
</@base.layout>

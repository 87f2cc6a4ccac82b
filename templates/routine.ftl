<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout/base.ftl" as base>
<@base.layout>
<h1>${page.title}</h1>
<p class="lw-lead">Whatever you use, it goes on in this order. Skip the steps you do not use; weekly and as-needed steps are marked.</p>
<div class="lw-diagram-pair"><#list diagrams as diagram><#include "partials/layering-diagram.ftl"></#list></div>
<p>Two pairs should not share a routine while your skin adjusts: a retinoid with an AHA or BHA exfoliant on the same night, and benzoyl peroxide with tretinoin. Vitamin C with niacinamide is fine: the <a href="${root}articles/">articles</a> explain why.</p>
</@base.layout>

<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout/base.ftl" as base>
<@base.layout>
<h1>${page.title}</h1>
<p class="lw-lead">${page.description}</p>
<#if parts??><div class="lw-prose lw-comparison__intro"><#include "partials/body.ftl"></div></#if>
<h2>How they differ</h2>
<#include "partials/comparison-table.ftl">
<h2>Read more</h2>
<ul><#list comparison.members as type><li><a href="${root}types/${type.id}/">${type.name}</a>: ${type.summary}</li></#list></ul>
</@base.layout>

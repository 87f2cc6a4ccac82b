<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout/base.ftl" as base>
<#import "partials/body.ftl" as body>
<#import "partials/comparison-table.ftl" as comparison_table>
<@base.layout>
<h1>${page.title}</h1>
<p class="lw-lead">${page.description}</p>
<#if intro??><div class="lw-prose lw-comparison__intro"><@body.prose intro/></div></#if>
<h2>How they differ</h2>
<@comparison_table.table comparison/>
<h2>Read more</h2>
<ul><#list comparison.members as type><li><a href="${root}${type.path}">${type.name}</a>: ${type.summary}</li></#list></ul>
</@base.layout>

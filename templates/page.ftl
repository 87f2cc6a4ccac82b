<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout/base.ftl" as base>
<#import "partials/body.ftl" as body>
<@base.layout>
<h1>${content.title}</h1>
<div class="lw-prose"><@body.prose prose/></div>
</@base.layout>

<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout/base.ftl" as base>
<#import "partials/article-list.ftl" as cards>
<@base.layout>
<h1>${page.title}</h1>
<@cards.list articles=articles level=2/>
</@base.layout>

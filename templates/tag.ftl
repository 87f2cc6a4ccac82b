<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout/base.ftl" as base>
<@base.layout>
<h1>${page.title}</h1>
<#assign cardLevel = 2><#include "partials/article-list.ftl">
</@base.layout>

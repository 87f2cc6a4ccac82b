<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout/base.ftl" as base>
<@base.layout>
<h1>${content.title}</h1>
<div class="lw-prose"><#include "partials/body.ftl"></div>
</@base.layout>

<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout/base.ftl" as base>
<@base.layout>
<h1>${page.title}</h1>
<#assign cardLevel = 2><#include "partials/article-list.ftl">
<h2>Topics</h2>
<p><a href="${root}tags/">Every topic, with the number of articles on each</a></p>
<ul class="lw-tags"><#list topics as tag><li><a class="lw-tag" href="${root}tags/${tag}/">${tag}</a></li></#list></ul>
</@base.layout>

<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout/base.ftl" as base>
<#import "partials/article-list.ftl" as cards>
<@base.layout>
<h1>${page.title}</h1>
<@cards.list articles=articles level=2/>
<h2>Topics</h2>
<p><a href="${root}tags/">Every topic, with the number of articles on each</a></p>
<ul class="lw-tags"><#list topics as tag><li><a class="lw-tag" href="${root}${tag.path}">${tag.name}</a></li></#list></ul>
</@base.layout>

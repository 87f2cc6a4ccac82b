<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout/base.ftl" as base>
<@base.layout>
<h1>${page.title}</h1>
<p class="lw-lead">${page.description}</p>
<ul class="lw-topics">
  <#list topics as topic>
  <li><a class="lw-tag" href="${root}${topic.path}">${topic.tag}</a> <span class="lw-topics__count">${topic.articles}</span></li>
  </#list>
</ul>
</@base.layout>

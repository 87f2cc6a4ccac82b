<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout/base.ftl" as base>
<#import "partials/source-list.ftl" as sources>
<@base.layout>
<h1>${page.title}</h1>
<dl class="lw-glossary">
  <#list terms as term>
  <dt id="${term.id}">${term.term}</dt>
  <dd>${term.definition.html?no_esc}<@sources.list sources=term.sources compact=true/><#if term.seeAlso?has_content><p class="lw-glossary__see">See also: <#list term.seeAlso as other><a href="#${other}">${other}</a><#sep>, </#sep></#list></p></#if></dd>
  </#list>
</dl>
</@base.layout>

<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout/base.ftl" as base>
<@base.layout>
<h1>${page.title}</h1>
<dl class="lw-glossary">
  <#list terms as term>
  <dt id="${term.id}">${term.term}</dt>
  <dd>${term.definition.html?no_esc}<#assign sources = term.sources compactSources = true><#include "partials/source-list.ftl"><#if term.seeAlso?has_content><p class="lw-glossary__see">See also: <#list term.seeAlso as other><a href="#${other}">${other}</a><#sep>, </#sep></#list></p></#if></dd>
  </#list>
</dl>
</@base.layout>

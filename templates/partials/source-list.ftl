<#-- Sources as links with their kind; `compact` for the small list under a FAQ answer or glossary term. -->
<#macro list sources compact=false>
<ul class="lw-sources<#if compact> lw-sources--compact</#if>"<#if compact> aria-label="Sources"</#if>>
  <#list sources as source><li><a href="${source.url}" rel="external">${source.title}</a><#if source.kindLabel?has_content> <span class="lw-source-kind">${source.kindLabel}</span></#if></li></#list>
</ul>
</#macro>

<ul class="lw-sources<#if compactSources!false> lw-sources--compact</#if>"<#if compactSources!false> aria-label="Sources"</#if>>
  <#list sources as source><li><a href="${source.url}" rel="external">${source.title}</a><#if source.kindLabel?has_content> <span class="lw-source-kind">${source.kindLabel}</span></#if></li></#list>
</ul>

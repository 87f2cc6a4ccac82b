<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout/base.ftl" as base>
<@base.layout>
<h1>${page.title}</h1>
<p class="lw-lead">${page.description}</p>
<ol class="lw-series-parts">
  <#list articles as card>
  <li class="lw-card">
    <h2 class="lw-card__title"><a href="${root}${card.path}">${card.title}</a></h2>
    <p class="lw-card__meta"><time datetime="${card.date}">${card.dateText}</time> · ${card.minutes} min read<#if card.draft> · <strong>Draft</strong></#if></p>
    <#if card.summary?has_content><p class="lw-card__summary">${card.summary}</p></#if>
  </li>
  </#list>
</ol>
</@base.layout>

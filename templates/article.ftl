<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout/base.ftl" as base>
<#import "partials/body.ftl" as body>
<@base.layout>
<article class="lw-article h-entry">
  <#if card.draft><p class="lw-draft-banner" role="status">Draft: shown in preview only, not published.</p></#if>
  <#if card.scheduled && !card.draft><p class="lw-draft-banner lw-scheduled-banner" role="status">Scheduled: goes out on <time datetime="${card.date}">${card.dateText}</time>.</p></#if>
  <h1 class="p-name">${article.title}</h1>
  <p class="lw-article__meta">
    Published <time class="dt-published" datetime="${card.date}">${card.dateText}</time><#if card.wasUpdated> · last updated <time class="dt-updated" datetime="${card.updated}">${card.updatedText}</time></#if> · ${card.minutes} min read<#if reviewed??> · reviewed <time datetime="${reviewed.iso}">${reviewed.text}</time></#if>
  </p>
  <#if article.summary?has_content><p class="lw-lead p-summary">${article.summary}</p></#if>
  <#if types?has_content><p class="lw-article__types">About: <#list types as type><a href="${root}${type.path}">${type.name}</a><#sep>, </#sep></#list></p></#if>
  <#if toc?has_content>
  <nav class="lw-toc" aria-labelledby="lw-toc-title">
    <h2 id="lw-toc-title" class="lw-toc__title">On this page</h2>
    <ol><#list toc as heading><li><a href="#${heading.id}">${heading.text}</a></li></#list></ol>
  </nav>
  </#if>
  <div class="lw-prose e-content"><@body.prose prose/></div>
  <#if previous?? || next??>
  <nav class="lw-series" aria-label="More in this series">
    <#if series??><a href="${root}${series.path}">All of “${series.name}”</a></#if>
    <#if previous??><a rel="prev" href="${root}${previous.path}">Previous: ${previous.title}</a></#if>
    <#if next??><a rel="next" href="${root}${next.path}">Next: ${next.title}</a></#if>
  </nav>
  </#if>
  <#if card.tags?has_content><ul class="lw-tags" aria-label="Tags"><#list card.tags as tag><li><a class="lw-tag" href="${root}${tag.path}">${tag.name}</a></li></#list></ul></#if>
  <#if editUrl??><p class="lw-article__edit"><a href="${editUrl}">Edit this page</a> on GitHub</p></#if>
</article>
</@base.layout>

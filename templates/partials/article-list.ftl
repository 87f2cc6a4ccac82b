<#-- Article cards; their titles are h3 unless the caller gives another level (2 right under the h1). -->
<#macro list articles level=3>
<ul class="lw-cards">
  <#list articles as card>
  <li class="lw-card">
    <h${level} class="lw-card__title"><a href="${root}${card.path}">${card.title}</a></h${level}>
    <p class="lw-card__meta"><time datetime="${card.date}">${card.dateText}</time> · ${card.minutes} min read<#if card.draft> · <strong>Draft</strong></#if></p>
    <#if card.summary?has_content><p class="lw-card__summary">${card.summary}</p></#if>
  </li>
  </#list>
</ul>
</#macro>

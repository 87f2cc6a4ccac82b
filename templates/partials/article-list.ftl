<#-- Article cards; their titles are h3 unless the page sets cardLevel (2 right under the h1). -->
<ul class="lw-cards">
  <#list articles as card>
  <li class="lw-card">
    <h${cardLevel!3} class="lw-card__title"><a href="${root}${card.path}">${card.title}</a></h${cardLevel!3}>
    <p class="lw-card__meta"><time datetime="${card.date}">${card.dateText}</time> · ${card.minutes} min read<#if card.draft> · <strong>Draft</strong></#if></p>
    <#if card.summary?has_content><p class="lw-card__summary">${card.summary}</p></#if>
  </li>
  </#list>
</ul>

<ul class="lw-cards">
  <#list articles as card>
  <li class="lw-card">
    <h3 class="lw-card__title"><a href="${root}${card.path}">${card.title}</a></h3>
    <p class="lw-card__meta"><time datetime="${card.date}">${card.dateText}</time> · ${card.minutes} min read<#if card.draft> · <strong>Draft</strong></#if></p>
    <#if card.summary?has_content><p class="lw-card__summary">${card.summary}</p></#if>
  </li>
  </#list>
</ul>

<#-- The site name and the main navigation (NavItems), the page at `path` marked current. -->
<#macro header site nav path home>
<header class="lw-header">
  <a class="lw-header__brand" href="${root}"<#if home> aria-current="page"</#if>>${site.title}</a>
  <nav class="lw-nav" aria-label="Main">
    <ul class="lw-nav__list">
      <#list nav as item>
      <li><a class="lw-nav__link" href="${root}${item.path}"<#if item.current> aria-current="<#if item.path == path>page<#else>true</#if>"</#if>>${item.label}</a></li>
      </#list>
    </ul>
  </nav>
</header>
</#macro>

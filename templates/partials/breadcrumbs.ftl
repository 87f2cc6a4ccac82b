<#-- The trail from the home page down to the page titled `title`. -->
<#macro trail crumbs title>
<nav class="lw-breadcrumbs" aria-label="Breadcrumb">
  <ol class="lw-breadcrumbs__list">
    <#list crumbs as crumb><li><a href="${root}${crumb.path}">${crumb.label}</a></li></#list>
    <li aria-current="page">${title}</li>
  </ol>
</nav>
</#macro>

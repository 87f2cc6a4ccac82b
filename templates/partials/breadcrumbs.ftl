<nav class="lw-breadcrumbs" aria-label="Breadcrumb">
  <ol class="lw-breadcrumbs__list">
    <#list page.crumbs as crumb><li><a href="${root}${crumb.path}">${crumb.label}</a></li></#list>
    <li aria-current="page">${page.title}</li>
  </ol>
</nav>

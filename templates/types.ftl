<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout/base.ftl" as base>
<@base.layout>
<h1>${page.title}</h1>
<p class="lw-lead">In the order they go on, with each type's place in the morning and evening routines.</p>
<ol class="lw-steps">
  <#list types as type>
  <li class="lw-steps__step">
    <article class="lw-type-summary">
      <h2 class="lw-type-summary__name"><a href="${root}${type.path}">${type.name}</a></h2>
      <p>${type.summary}</p>
      <p class="lw-type-summary__meta">${type.placement} · ${type.frequency}</p>
    </article>
  </li>
  </#list>
</ol>
</@base.layout>

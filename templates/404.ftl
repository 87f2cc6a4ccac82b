<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout/base.ftl" as base>
<@base.layout>
<h1>${page.title}</h1>
<p>There is no page at this address. It may have moved, or the link may have a typo.</p>
<ul>
  <li><a href="${root}">Home</a></li>
  <li><a href="${root}types/">All product types</a></li>
  <li><a href="${root}articles/">Articles</a></li>
  <li><a href="${root}faq/">Frequently asked questions</a></li>
</ul>
</@base.layout>

<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout/base.ftl" as base>
<#import "partials/source-list.ftl" as sources>
<@base.layout>
<h1>${page.title}</h1>
<p class="lw-lead">${page.description}</p>
<ul class="lw-faq-index"><#list entries as entry><li><a href="#${entry.id}">${entry.question}</a></li></#list></ul>
<#list entries as entry>
<section class="lw-faq" aria-labelledby="${entry.id}">
  <h2 id="${entry.id}">${entry.question}</h2>
  <div class="lw-prose">${entry.answer.html?no_esc}</div>
  <@sources.list sources=entry.sources compact=true/>
  <p><a href="${root}${entry.more?remove_beginning("/")}">Read more<span class="lw-visually-hidden"> on “${entry.question}”</span></a></p>
</section>
</#list>
</@base.layout>

<#import "source-list.ftl" as sources>
<#-- The `number`th Dispute of a type: each side's claim with its sources. -->
<#macro note dispute number>
<section class="lw-dispute" aria-labelledby="lw-dispute-${number}">
  <h3 class="lw-dispute__topic" id="lw-dispute-${number}">Sources disagree: ${dispute.topic}</h3>
  <ul class="lw-dispute__positions">
    <#list dispute.positions as position>
    <li><p>${position.claim}</p><@sources.list position.sources/></li>
    </#list>
  </ul>
</section>
</#macro>

<section class="lw-dispute" aria-labelledby="lw-dispute-${disputeNumber}">
  <h3 class="lw-dispute__topic" id="lw-dispute-${disputeNumber}">Sources disagree: ${dispute.topic}</h3>
  <ul class="lw-dispute__positions">
    <#list dispute.positions as position>
    <li><p>${position.claim}</p><#assign sources = position.sources><#include "source-list.ftl"></li>
    </#list>
  </ul>
</section>

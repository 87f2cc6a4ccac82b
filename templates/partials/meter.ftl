<#-- A 1–5 level drawn beside its text (dots from Cell.meter), hidden from assistive technology (the text says it). -->
<#macro meter cell><#if cell.meter?has_content> <span class="lw-meter" aria-hidden="true"><#list cell.meter as on><span class="lw-meter__dot<#if on> lw-meter__dot--on</#if>"></span></#list></span></#if><#if cell.contested> <span class="lw-tag lw-tag--contested">disputed</span></#if>
</#macro>

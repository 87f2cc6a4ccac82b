<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout/base.ftl" as base>
<#import "partials/layering-diagram.ftl" as layering>
<#-- Without JavaScript the page is the general order (the diagrams). The builder's form is rendered here from
     the same data routine.js reads, so every label exists before the script runs; the script unhides it.
     Its field names are what the page address carries: ?type=serum&time-serum=am&often-serum=daily. -->
<#macro timeOptions chosen>
<option value="am"<#if chosen == "am"> selected</#if>>Morning</option>
<option value="pm"<#if chosen == "pm"> selected</#if>>Evening</option>
<option value="both"<#if chosen == "both"> selected</#if>>Morning and evening</option>
</#macro>
<@base.layout>
<h1>${page.title}</h1>
<p class="lw-lead">Whatever you use, it goes on in this order. Skip the steps you do not use; weekly and as-needed steps, and treatments such as a retinoid, slot in on the days you use them.</p>
<form class="lw-routine" id="lw-routine" action="./" method="get" data-routine="${root}routine-data.json" aria-labelledby="lw-routine-title">
  <h2 id="lw-routine-title">Build your own routine</h2>
  <p class="lw-routine__intro">Tick what you use, then say when and how often. Your morning and evening order stays in view as you choose. The page address keeps your choices, so you can bookmark it or share it.</p>
  <div class="lw-routine__pickers">
  <fieldset class="lw-routine__group">
    <legend class="lw-routine__legend">Product types and treatments you use</legend>
    <ul class="lw-routine__choices">
    <#list builder.types as type>
      <li class="lw-routine__choice">
        <span class="lw-routine__pick">
          <input class="lw-routine__check" type="checkbox" id="lw-routine-type-${type.id}" name="type" value="${type.id}" aria-describedby="lw-routine-hint-${type.id}">
          <label class="lw-routine__name" for="lw-routine-type-${type.id}">${type.name}</label>
          <span class="lw-routine__hint" id="lw-routine-hint-${type.id}"><#if type.kind == "treatment">Treatment step · ${type.frequency}<#else>${type.frequency}</#if></span>
        </span>
        <span class="lw-routine__field">
          <label for="lw-routine-time-${type.id}">When<span class="lw-visually-hidden"> you use ${type.name}</span></label>
          <select id="lw-routine-time-${type.id}" name="time-${type.id}"><@timeOptions type.defaultTime()/></select>
        </span>
        <span class="lw-routine__field">
          <label for="lw-routine-often-${type.id}">How often<span class="lw-visually-hidden"> you use ${type.name}</span></label>
          <select id="lw-routine-often-${type.id}" name="often-${type.id}">
            <option value="daily"<#if type.defaultCadence() == "daily"> selected</#if>>Daily</option>
            <option value="weekly"<#if type.defaultCadence() == "weekly"> selected</#if>>Weekly</option>
          </select>
        </span>
      </li>
    </#list>
    </ul>
  </fieldset>
  <#if builder.ingredients?has_content>
  <fieldset class="lw-routine__group">
    <legend class="lw-routine__legend">Ingredients you use</legend>
    <p class="lw-routine__intro">Tick the actives on your products' labels to see which pairs to keep apart. <a href="${root}ingredients/">What each one does</a>.</p>
    <ul class="lw-routine__choices">
    <#list builder.ingredients as ingredient>
      <li class="lw-routine__choice">
        <span class="lw-routine__pick">
          <input class="lw-routine__check" type="checkbox" id="lw-routine-ingredient-${ingredient.id}" name="ingredient" value="${ingredient.id}">
          <label class="lw-routine__name" for="lw-routine-ingredient-${ingredient.id}">${ingredient.name}</label>
        </span>
        <span class="lw-routine__field">
          <label for="lw-routine-time-${ingredient.id}">When<span class="lw-visually-hidden"> you use ${ingredient.name}</span></label>
          <select id="lw-routine-time-${ingredient.id}" name="time-${ingredient.id}"><@timeOptions ingredient.defaultTime()/></select>
        </span>
      </li>
    </#list>
    </ul>
  </fieldset>
  </#if>
  </div>
  <section class="lw-routine__result" aria-labelledby="lw-routine-result-title" tabindex="0">
    <h2 id="lw-routine-result-title">Your routine</h2>
    <p class="lw-routine__status" id="lw-routine-status" role="status" aria-live="polite" aria-atomic="true">Nothing chosen yet.</p>
    <div class="lw-routine__routines">
      <section class="lw-routine__routine" aria-labelledby="lw-routine-am-title">
        <h3 id="lw-routine-am-title">Morning</h3>
        <ol class="lw-routine__steps" id="lw-routine-am"></ol>
        <p class="lw-routine__empty" id="lw-routine-am-empty">No morning steps chosen.</p>
        <p class="lw-routine__actives" id="lw-routine-am-actives" hidden></p>
      </section>
      <section class="lw-routine__routine" aria-labelledby="lw-routine-pm-title">
        <h3 id="lw-routine-pm-title">Evening</h3>
        <ol class="lw-routine__steps" id="lw-routine-pm"></ol>
        <p class="lw-routine__empty" id="lw-routine-pm-empty">No evening steps chosen.</p>
        <p class="lw-routine__actives" id="lw-routine-pm-actives" hidden></p>
      </section>
    </div>
    <div class="lw-routine__weekly" id="lw-routine-weekly" hidden>
      <h3 id="lw-routine-weekly-title">Weekly steps</h3>
      <p>These are not for every day: use them on the days you planned and skip the step on the others.</p>
      <ul id="lw-routine-weekly-list" aria-labelledby="lw-routine-weekly-title"></ul>
    </div>
    <h3 id="lw-routine-pairs-title">Pairs to keep apart, and pairs that are fine</h3>
    <ul class="lw-routine__warnings" id="lw-routine-warnings" aria-labelledby="lw-routine-pairs-title"></ul>
    <p class="lw-routine__empty" id="lw-routine-warnings-empty">Nothing you chose needs keeping apart.</p>
  </section>
</form>
<h2 id="lw-routine-general">The general order</h2>
<@layering.pair diagrams/><#nt>
<p>Some ingredients should not share a routine while your skin adjusts, and some famous clashes are myths: <a href="${root}ingredients/pairs/">which ingredients go together</a>.</p>
<script src="${root}js/routine.js" defer></script>
</@base.layout>

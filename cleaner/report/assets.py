# ruff: noqa: E501  (inline CSS and JavaScript: long lines are the assets' own style)
"""The report's inline stylesheet and script (kept in Python so the package ships them).

No external resources: the report's Content-Security-Policy (``default-src 'none'``)
forbids every fetch, so a report opened offline or mailed looks the same.  Charts are SVG
drawn by :data:`SCRIPT` from the JSON embedded in the page (``#report-data``); the script
is small and dependency-free on purpose (a plotting library inlined would weigh more than
the data of a typical run).
"""

from __future__ import annotations

import base64
import hashlib

#: Colour per stage: the same in charts, examples and page views.
STAGE_COLOURS: dict[str, str] = {
    "read": "#7f8c8d",
    "extract": "#16a085",
    "boilerplate": "#c0392b",
    "repair": "#d68910",
    "split": "#2e63c9",
    "dedup": "#8e44ad",
}


STYLE = """
:root{--bp:#c0392b;--rp:#d68910;--sp:#2e63c9;--dd:#8e44ad;--rd:#7f8c8d;--ex:#16a085;--bg:#fafafa;--line:#ddd}
*{box-sizing:border-box}
body{font:14px/1.5 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","Source Han Sans SC",
 "PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;margin:0;color:#222;background:#fff}
header{background:#263238;color:#fff;padding:12px 24px}
header h1{margin:0;font-size:20px}header .sub{opacity:.8;font-size:12px}
nav{position:sticky;top:0;background:#fff;border-bottom:1px solid var(--line);padding:6px 24px;z-index:5}
nav a{margin-right:16px;color:#263238;text-decoration:none;font-weight:600}
main{padding:8px 24px 48px;max-width:1500px}
h2{border-bottom:2px solid #263238;padding-bottom:4px;margin-top:32px}
.cards{display:flex;flex-wrap:wrap;gap:10px}
.card{border:1px solid var(--line);border-radius:6px;padding:8px 14px;min-width:120px;background:var(--bg)}
.card b{display:block;font-size:22px}.card span{font-size:12px;color:#555}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(440px,1fr));gap:16px}
.chart{border:1px solid var(--line);border-radius:6px;padding:8px;background:#fff}
.chart h3{margin:0 0 6px;font-size:14px}
.chart svg text{font-size:11px;fill:#333}
table{border-collapse:collapse;width:100%}
td,th{border-bottom:1px solid #eee;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#f3f3f3;position:sticky;top:34px}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.s-boilerplate{--c:var(--bp)}.s-repair{--c:var(--rp)}.s-split{--c:var(--sp)}
.s-dedup{--c:var(--dd)}.s-read{--c:var(--rd)}.s-extract{--c:var(--ex)}
.tag{display:inline-block;border-radius:3px;padding:0 5px;color:#fff;background:var(--c,#999);font-size:11px}
del.c{text-decoration:line-through;color:var(--c);background:color-mix(in srgb,var(--c) 14%,#fff)}
ins.c{text-decoration:none;background:color-mix(in srgb,var(--c) 22%,#fff);
 border-bottom:2px solid var(--c)}
del.c.nl::before{content:"↵";text-decoration:none}del.c.sp::before{content:"␣"}
mark.ph{background:#fff176;outline:1px dotted #b59f00}
.hl{outline:2px solid #000!important}
.ex{font-family:ui-monospace,"Noto Sans Mono CJK SC","Noto Sans CJK SC","Source Han Sans SC",
 "PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",monospace;white-space:pre-wrap;word-break:break-all}
.ctx{color:#777}
.rule{border:1px solid var(--line);border-radius:6px;margin:10px 0;padding:6px 10px}
.rule summary{cursor:pointer}
.rule ol{margin:4px 0;padding-left:22px}.rule li{margin:3px 0}
.filters{display:flex;flex-wrap:wrap;gap:8px;margin:8px 0}
.filters input,.filters select{padding:4px}
#page-list tr{cursor:pointer}#page-list tr:hover{background:#eef}
#page-list tr.sel{background:#dde6ff}
.pager{margin:6px 0}
.page-detail{display:none;border:1px solid var(--line);border-radius:6px;padding:8px;margin-top:12px}
.page-detail.open{display:block}
.side{display:grid;grid-template-columns:1fr 1fr;gap:12px}
.side>div{min-width:0}
.text{white-space:pre-wrap;word-break:break-word;border:1px solid #eee;background:var(--bg);
 padding:8px;max-height:75vh;overflow:auto;font-size:13px}
.cut{display:block;color:var(--sp);border-top:2px dashed var(--sp);font-size:11px;margin:6px 0 2px}
.art{border-top:2px dashed var(--sp);padding-top:4px;margin-top:8px}
.art:first-child{border-top:0;margin-top:0}
.art h4{margin:0;font-size:13px}.meta{font-size:12px;color:#444}
.st-duplicate{color:var(--dd)}.st-dropped{color:var(--bp)}.st-kept{color:#2e7d32}
.trunc{display:block;color:#999;font-style:italic}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:12px;border:1px solid var(--line);
 border-radius:6px;padding:8px;margin:10px 0}
.pair .text{max-height:300px}mark.m{background:#d7c6ef}
.legend span{margin-right:12px}.muted{color:#777}
.warn{background:#fdecea;border-left:4px solid var(--bp);padding:4px 8px;margin:6px 0}
tr.flagged{background:#fff3e0}tr.flagged td:first-child{border-left:4px solid #e65100}
.meta.flagged{color:#b23c00}
@media print{nav{display:none}.page-detail{display:block}}
"""

SCRIPT = r"""
(function(){
"use strict";
const D = JSON.parse(document.getElementById("report-data").textContent);
const NS = "http://www.w3.org/2000/svg";
const COL = D.colours;
function el(tag, attrs, parent){const e=document.createElementNS(NS,tag);
  for(const k in attrs) e.setAttribute(k, attrs[k]); if(parent) parent.appendChild(e); return e;}
function fmt(n){return n>=1e6?(n/1e6).toFixed(1)+"M":n>=1e4?(n/1e3).toFixed(0)+"k":String(n);}
// horizontal bar chart: rows = [[label, value, colour?], ...]
function hbar(box, rows){
  if(!rows.length){box.insertAdjacentHTML("beforeend",'<p class="muted">nothing recorded</p>');return;}
  const W=560, L=Math.min(300, 12+6.3*Math.max(...rows.map(r=>String(r[0]).length))), H=18;
  const max=Math.max(1,...rows.map(r=>r[1]));
  const svg=el("svg",{width:"100%",viewBox:`0 0 ${W} ${rows.length*H+6}`,
    role:"img",class:"bars"},box);
  rows.forEach((r,i)=>{
    const y=i*H+3, w=Math.max(r[1]>0?1:0,(W-L-50)*r[1]/max);
    const t=el("text",{x:L-4,y:y+12,"text-anchor":"end"},svg);
    t.textContent=String(r[0]).length>46?String(r[0]).slice(0,45)+"…":r[0];
    const rect=el("rect",{x:L,y:y+2,width:w,height:H-5,fill:r[2]||"#607d8b"},svg);
    el("title",{},rect).textContent=r[0]+": "+r[1];
    el("text",{x:L+w+4,y:y+12},svg).textContent=fmt(r[1]);
  });
}
function stageOf(rule){return rule.split(".")[0];}
const charts = {
  stages: ()=>Object.entries(D.agg.stages).map(([k,v])=>[k,v,COL[k]]),
  rules: ()=>D.agg.rules.slice(0,25).map(r=>[r.rule,r.count,COL[r.stage]]),
  statuses: ()=>Object.entries(D.agg.statuses).concat([["quarantined",D.quarantined]])
     .map(([k,v])=>[k,v,{kept:"#2e7d32",duplicate:COL.dedup,dropped:COL.boilerplate,
       quarantined:"#555"}[k]]),
  lengths: ()=>Object.entries(D.agg.lengths).map(([k,v])=>[k+" chars",v,"#2e63c9"]),
  density: ()=>Object.entries(D.agg.density).map(([k,v])=>[k,v,"#b59f00"]),
  encodings: ()=>Object.entries(D.agg.encodings).map(([k,v])=>[k,v,"#455a64"]),
  clusters: ()=>Object.entries(D.agg.cluster_sizes).map(([k,v])=>[k+" copies",v,COL.dedup]),
  dups: ()=>[["in this batch",D.agg.duplicates.batch,COL.dedup],
             ["of the corpus",D.agg.duplicates.corpus,"#5e3370"]],
  quarantine: ()=>Object.entries(D.agg.quarantine_reasons).map(([k,v])=>[k,v,"#555"]),
};
document.querySelectorAll("[data-chart]").forEach(box=>{
  const f=charts[box.dataset.chart]; if(f) hbar(box,f());});

// page list: filter + paging; details are pre-rendered sections #p-<id>
const P=D.pages, rules=D.rule_names, PER=50; let shown=P, at=0;
const q=document.getElementById("f-text"), fs=document.getElementById("f-site"),
      fst=document.getElementById("f-status"), fr=document.getElementById("f-rule");
function opts(sel, values){values.forEach(v=>{const o=document.createElement("option");
  o.value=v;o.textContent=v;sel.appendChild(o);});}
if(fs){opts(fs,[...new Set(P.map(p=>p.site))].sort());opts(fst,["kept","duplicate","dropped","empty","flagged"]);
  opts(fr,rules);}
function match(p){
  const t=q.value.trim().toLowerCase();
  if(t && !(p.source.toLowerCase().includes(t)||p.id.includes(t)||p.titles.toLowerCase().includes(t)))return false;
  if(fs.value && p.site!==fs.value) return false;
  if(fst.value && !(fst.value==="empty"? (p.n_articles===0||p.page_status==="empty")
     : fst.value==="flagged"? (p.page_status==="flagged"||p.flags.length>0)
     : p.statuses.includes(fst.value))) return false;
  if(fr.value && !p.rules.includes(rules.indexOf(fr.value))) return false;
  return true;}
function draw(){
  const body=document.querySelector("#page-list tbody"); if(!body) return;
  body.innerHTML="";
  shown.slice(at,at+PER).forEach(p=>{
    const tr=document.createElement("tr"); tr.dataset.id=p.id;
    if(p.page_status==="flagged"||p.flags.length) tr.className="flagged";
    const st=p.statuses.join(" ")+(p.page_status&&p.page_status!=="ok"?" ("+p.page_status+")":"")
      +(p.flags.length?" ⚑ "+p.flags.join(", "):"");
    [p.source,p.site,p.n_articles,st,p.n_changes,p.detail?"view":"—"]
      .forEach((v,i)=>{const td=document.createElement("td");td.textContent=v;
        if(i===2||i===4)td.className="n";tr.appendChild(td);});
    tr.onclick=()=>open(p.id); body.appendChild(tr);});
  document.getElementById("pg-info").textContent=
    shown.length? `${at+1}–${Math.min(at+PER,shown.length)} of ${shown.length} pages` : "no page matches";
}
function open(id){
  document.querySelectorAll(".page-detail.open").forEach(e=>e.classList.remove("open"));
  document.querySelectorAll("#page-list tr.sel").forEach(e=>e.classList.remove("sel"));
  const d=document.getElementById("p-"+id) || document.getElementById("p-missing");
  if(d.id==="p-missing") d.querySelector("code").textContent=id;
  d.classList.add("open");
  const tr=document.querySelector(`#page-list tr[data-id="${id}"]`); if(tr) tr.classList.add("sel");
}
window.cleanerOpenPage=open;
function refilter(){shown=P.filter(match);at=0;draw();}
if(q){[q,fs,fst,fr].forEach(e=>e.addEventListener("input",refilter));
  document.getElementById("pg-prev").onclick=()=>{at=Math.max(0,at-PER);draw();};
  document.getElementById("pg-next").onclick=()=>{if(at+PER<shown.length)at+=PER;draw();};
  draw();
  const withView=P.filter(p=>p.detail);
  const first=withView.reduce((b,p)=>(!b||p.n_changes>b.n_changes)?p:b,null);
  if(first) open(first.id);}
// hovering a change highlights it on both sides of its page
document.addEventListener("mouseover",ev=>{
  const c=ev.target.closest(".c[data-k]"); document.querySelectorAll(".hl").forEach(e=>e.classList.remove("hl"));
  if(!c) return; const sec=c.closest(".page-detail"); if(!sec) return;
  sec.querySelectorAll(`.c[data-k="${c.dataset.k}"]`).forEach(e=>e.classList.add("hl"));});
document.addEventListener("click",ev=>{
  const a=ev.target.closest("a[data-page]"); if(a) open(a.dataset.page);});
document.body.dataset.ready="1";
})();
"""


def script_hash(script: str) -> str:
    """The CSP source (``'sha256-…'``) allowing exactly this inline script."""
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


#: Only :data:`SCRIPT` may run: it is allowed by its hash, never by ``'unsafe-inline'``,
#: so markup that slipped into the page (a crafted title, a page's text) cannot run
#: script even if escaping failed.  The JSON data block is not a script (not executed).
#: Styles stay inline (``style=`` attributes colour the stages); they cannot run code.
CSP = (
    f"default-src 'none'; style-src 'unsafe-inline'; script-src {script_hash(SCRIPT)}; "
    "img-src data:; base-uri 'none'; form-action 'none'; connect-src 'none'"
)

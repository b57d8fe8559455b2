/* ib_helpers live scene, built by tools/build_js.py from js/, sha256 dd3198dd3ed485f5243f7b6717052e410ba32859e33f597d6f223e519421fcdc */
function b(t,r,e){return t==null||t<0||t>=r.length?e:r[t]}var h=`
.ib-check-buttons { display: flex; gap: 8px; margin: 4px 0; }
.ib-check-buttons button { font: inherit; font-size: 15px; padding: 4px 14px; min-height: 32px;
  border: 1px solid #595959; border-radius: 3px; background: #f0f0f0; color: #000; cursor: pointer; }
.ib-check-buttons button.ib-check-primary { background: #0072B2; border-color: #0072B2;
  color: #fff; }
.ib-check-buttons button:hover { filter: brightness(0.92); }
.ib-check-buttons button:focus-visible { outline: 3px solid #000; outline-offset: 2px; }
.ib-check-feedback:empty { display: none; }
`;function l(){if(document.getElementById("ib-check-style"))return;let t=document.createElement("style");t.id="ib-check-style",t.textContent=h,document.head.appendChild(t)}function d({model:t,el:r}){l();let e=document.createElement("div");e.className="ib-check-buttons";let n=document.createElement("button");n.type="button",n.className="ib-check-primary",n.textContent="Check";let i=document.createElement("button");i.type="button",i.textContent="Show the answer",e.append(n,i);let c=document.createElement("div");c.className="ib-check-feedback",c.setAttribute("role","status"),c.setAttribute("aria-live","polite"),r.append(e,c);let u=null;function s(){let o=t.get("shown");o!==u&&(c.innerHTML=o,u=o)}function a(o){t.set("shown",o),t.save_changes()}return n.addEventListener("click",()=>a(b(t.get("index"),t.get("feedback"),t.get("empty")))),i.addEventListener("click",()=>a(t.get("answer"))),t.on("change:shown",s),s(),()=>t.off("change:shown",s)}var k={render:d};export{k as default};

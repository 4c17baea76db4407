  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
/  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
/  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
d  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
k  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
g  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
p  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
v  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
i  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
w  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
:  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
l  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
d  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
w  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
h  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
h  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
h  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
g  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
(  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
v  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
-  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
v  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
m  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
/  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
v  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
)  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
,  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
i  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
g  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
h  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
m  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
d  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
/  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
/  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
d  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
p  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
h  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
w  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
i  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
d  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
h  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
h  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
d  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
m  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
(  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
k  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
p  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
l  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
d  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
)  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
,  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
m  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
h  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
i  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
g  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
h  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
,  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
h  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
P  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
D  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
F  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
l  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
i  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
.  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
(  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
u  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
i  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
(  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
)  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
{  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
"  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
u  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
i  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
"  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
;  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
m  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
=  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
d  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
u  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
m  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
.  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
q  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
u  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
y  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
S  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
l  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
(  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
'  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
m  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
[  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
m  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
=  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
"  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
d  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
k  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
g  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
-  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
g  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
i  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
"  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
]  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
'  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
)  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
;  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
h  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
w  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
=  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
m  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
?  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
m  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
.  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
:  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
"  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
"  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
;  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
v  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
=  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
w  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
E  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
v  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
S  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
u  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
(  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
"  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
/  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
v  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
"  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
)  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
;  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
v  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
.  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
m  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
g  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
=  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
u  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
i  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
(  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
)  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
{  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
i  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
(  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
.  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
d  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
!  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
=  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
=  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
h  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
w  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
)  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
{  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
v  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
.  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
l  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
(  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
)  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
;  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
l  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
i  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
.  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
l  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
d  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
(  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
)  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
;  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
}  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
}  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
;  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
p  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
=  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
J  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
S  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
O  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
N  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
.  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
p  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
(  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
l  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
l  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
S  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
g  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
.  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
g  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
I  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
m  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
(  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
"  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
d  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
k  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
g  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
-  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
p  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
v  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
i  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
w  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
"  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
)  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
|  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
|  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
"  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
{  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
}  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
"  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
)  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
;  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
u  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
i  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
m  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
S  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
(  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
m  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
)  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
{  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
b  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
=  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
m  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
.  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
g  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
A  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
i  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
b  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
u  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
(  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
"  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
"  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
)  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
.  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
p  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
l  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
i  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
(  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
"  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
?  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
"  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
)  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
[  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
0  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
]  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
;  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
u  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
p  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
.  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
i  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
g  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
h  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
?  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
b  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
+  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
"  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
?  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
i  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
g  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
h  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
=  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
1  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
"  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
:  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
b  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
;  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
}  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
u  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
i  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
p  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
p  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
l  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
y  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
(  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
)  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
{  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
d  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
u  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
m  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
.  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
b  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
d  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
y  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
.  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
l  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
L  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
i  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
.  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
g  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
g  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
l  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
(  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
"  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
i  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
g  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
h  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
"  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
,  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
!  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
!  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
p  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
.  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
i  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
g  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
h  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
)  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
;  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
d  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
u  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
m  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
.  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
b  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
d  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
y  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
.  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
l  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
L  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
i  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
.  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
g  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
g  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
l  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
(  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
"  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
p  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
h  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
"  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
,  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
!  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
!  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
p  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
.  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
p  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
h  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
)  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
;  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
(  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
m  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
d  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
u  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
m  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
.  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
q  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
u  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
y  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
S  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
l  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
A  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
l  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
l  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
(  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
"  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
i  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
m  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
"  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
)  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
)  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
{  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
w  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
=  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
m  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
S  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
(  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
m  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
)  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
;  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
i  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
(  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
m  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
.  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
g  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
A  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
i  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
b  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
u  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
(  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
"  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
"  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
)  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
!  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
=  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
=  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
w  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
)  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
m  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
.  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
A  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
i  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
b  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
u  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
(  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
"  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
"  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
,  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
w  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
)  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
;  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
}  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
}  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
(  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
m  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
[  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
"  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
i  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
g  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
h  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
"  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
,  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
"  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
p  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
h  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
"  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
]  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
)  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
{  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
b  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
x  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
=  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
d  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
u  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
m  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
.  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
g  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
E  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
l  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
m  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
B  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
y  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
I  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
d  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
(  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
m  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
)  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
;  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
i  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
(  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
!  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
b  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
x  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
)  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
i  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
u  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
;  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
b  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
x  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
.  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
h  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
k  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
d  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
=  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
!  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
!  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
p  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
[  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
m  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
]  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
;  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
b  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
x  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
.  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
d  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
d  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
E  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
v  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
L  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
i  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
(  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
"  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
h  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
g  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
"  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
,  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
u  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
i  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
(  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
)  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
{  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
p  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
[  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
m  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
]  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
=  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
b  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
x  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
.  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
h  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
k  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
d  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
;  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
l  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
l  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
S  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
g  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
.  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
I  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
m  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
(  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
"  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
d  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
k  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
g  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
-  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
p  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
v  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
i  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
w  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
"  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
,  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
J  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
S  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
O  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
N  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
.  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
i  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
g  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
i  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
y  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
(  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
p  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
)  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
)  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
;  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
p  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
p  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
l  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
y  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
(  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
)  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
;  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
}  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
)  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
;  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
}  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
(  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
m  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
d  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
u  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
m  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
.  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
q  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
u  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
y  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
S  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
l  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
A  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
l  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
l  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
(  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
"  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
i  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
m  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
"  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
)  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
)  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
{  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
m  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
.  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
d  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
d  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
E  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
v  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
L  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
i  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
(  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
"  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
l  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
d  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
"  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
,  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
u  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
i  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
(  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
)  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
{  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
d  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
=  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
m  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
.  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
D  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
u  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
m  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
;  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
i  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
(  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
d  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
&  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
&  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
d  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
.  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
d  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
u  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
m  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
E  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
l  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
m  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
)  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
{  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
m  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
.  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
y  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
l  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
.  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
h  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
i  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
g  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
h  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
=  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
d  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
.  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
d  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
u  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
m  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
E  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
l  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
m  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
.  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
l  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
l  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
H  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
i  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
g  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
h  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
+  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
4  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
+  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
"  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
p  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
x  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
"  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
;  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
}  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
}  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
)  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
;  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
}  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
p  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
p  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
l  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
y  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
(  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
)  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
;  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
p  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
d  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
=  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
d  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
u  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
m  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
.  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
g  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
E  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
l  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
m  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
B  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
y  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
I  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
d  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
(  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
"  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
p  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
d  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
"  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
)  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
;  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
i  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
(  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
p  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
d  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
)  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
{  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
h  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
(  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
p  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
d  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
.  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
d  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
a  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
.  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
)  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
.  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
h  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
(  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
u  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
i  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
(  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
)  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
{  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
u  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
.  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
x  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
(  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
)  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
;  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
}  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
)  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
.  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
h  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
(  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
u  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
c  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
i  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
o  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
(  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
h  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
m  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
l  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
)  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
{  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
p  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
d  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
f  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
s  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
.  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
i  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
n  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
e  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
r  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
H  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
T  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
M  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
L  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
=  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
h  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
t  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
m  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
l  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
;  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
}  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
)  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
;  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
   function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
}  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
}  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
)  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
(  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
)  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }
;  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

  function fit(frame) {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement && doc.readyState === "complete") {
      frame.style.height = doc.documentElement.scrollHeight + 4 + "px";
    }
  }
  for (const frame of document.querySelectorAll("iframe")) {
    frame.addEventListener("load", function () { fit(frame); });
    fit(frame);
  }

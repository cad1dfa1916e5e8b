// The only script: shows the report's Print button and makes it print. The page works without it
// (the note beside the button says how to print from the browser).
(function () {
  var button = document.getElementById("print");
  if (!button || !window.print) return;
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
})();

// Politikerforum – sekretariatets sider. Alt virker uden script; dette gør blot udskrift og filtre lidt nemmere.
document.addEventListener("click", function (event) {
  var print = event.target.closest("[data-udskriv]");
  if (print) {
    event.preventDefault();
    window.print();
  }
});

// Efter en delvis opdatering flyttes fokus til resultatets overskrift, så skærmlæsere hører, at indholdet er skiftet.
document.addEventListener("htmx:afterSettle", function (event) {
  var heading = event.detail.target && event.detail.target.querySelector("[data-resultat]");
  if (heading) heading.focus();
});

//SWITCH
switch (prompt("¿Qué tiempo hace?")) {
  case "lluvia":
    console.log("Lleva paraguas");
    break;
  case "sol":
    console.log("Ponte protector");
    break;
  case "nubes":
    console.log("Sal tranquilo");
    break;
  default:
    console.log("tiempo sin identificar");
    break;
}

import java.util.*;

/**
 * Ejercicio 23 del Capítulo 2: Saber cuánto cuesta hacer un trayecto en 
 * coche sabiendo las millas del viaje, los galeones que gasta el coche en
 * cada milla y lo que vale cada galeón.
 *
 * @author Carlos A. Gómez Urda
 * @version 1.0
 */
public class Ejercicio2_23
{
    public static void main( String args[])
    {
        Locale.setDefault( Locale.ENGLISH);
        Scanner entrada = new Scanner( System.in);

        System.out.print( "Millas que vas a conducir: ");
        final double distancia = entrada.nextDouble();

        System.out.print( "Precio de un galeón de gasolina: $");
        final double precioGaleon = entrada.nextDouble();
                
        System.out.print( "Millas que hace el coche por galeón: ");
        final double millasGaleon = entrada.nextDouble();

        final double costeViaje = (distancia / millasGaleon) * precioGaleon;
        System.out.printf( "Lo que cuesta el viaje: $%.2f\n", costeViaje);
    }
}

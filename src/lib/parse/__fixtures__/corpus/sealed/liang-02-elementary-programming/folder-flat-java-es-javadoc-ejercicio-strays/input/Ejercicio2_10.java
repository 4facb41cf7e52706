import java.util.*;

/**
 * Ejercicio 10 del Capítulo 2: Hallar la energía que hace falta para calentar
 * una masa de agua dada desde una temperatura de partida hasta otra de 
 * llegada.
 *
 * @author Carlos A. Gómez Urda
 * @version 1.0
 */
public class Ejercicio2_10
{
    public static void main( String args[])
    {
        Scanner entrada = new Scanner( System.in).useLocale( Locale.ENGLISH);

        System.out.print( "Kilos de agua: ");
        double pesoAgua = entrada.nextDouble();
        System.out.print( "Temperatura de partida (Celsius): ");
        double temperaturaInicial = entrada.nextDouble();
        System.out.print( "Temperatura de llegada (Celsius): ");
        double temperaturaFinal = entrada.nextDouble();

        double trabajo = pesoAgua * (temperaturaFinal-temperaturaInicial)* 4184;
        System.out.println( "Energía necesaria en julios: " + trabajo); 
    }
}

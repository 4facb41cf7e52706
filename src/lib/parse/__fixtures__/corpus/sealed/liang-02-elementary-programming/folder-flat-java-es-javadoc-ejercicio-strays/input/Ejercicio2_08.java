import java.util.*;

/**
 * Ejercicio 8 del Capítulo 2: Dar la hora actual en la zona horaria que el 
 * usuario indique como desfase respecto a GMT. 
 *
 * @author Carlos A. Gómez Urda
 * @version 1.0
 */
public class Ejercicio2_08
{
    public static void main( String args[])
    {
        Scanner entrada = new Scanner( System.in).useLocale( Locale.ENGLISH);

        System.out.print( "Desfase horario respecto a GMT: ");
        byte franja = entrada.nextByte();
       
        if (franja < -12 || franja > 12)
        {
            System.out.println( "El desfase tiene que estar entre -12 y 12.");
            return;
        }

        long segundosTotales = System.currentTimeMillis() / 1000;
        byte segundos = (byte)(segundosTotales % 60);
        long minutosTotales = segundosTotales / 60;
        byte minutos = (byte)(minutosTotales % 60);
        long horasTotales = minutosTotales / 60 + franja;
        byte horas = (byte)(horasTotales % 24);
        long diasTotales = horasTotales / 24;

        System.out.println( "Días pasados desde el 1 de enero de 1970: " + 
                            diasTotales);
        System.out.println( "Son las " + horas + ":" + minutos + ":" +
                            segundos);
    }
}

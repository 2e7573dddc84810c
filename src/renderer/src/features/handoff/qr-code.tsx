import { makeStyles, tokens } from '@fluentui/react-components';
import { toDataURL, type QRCodeToDataURLOptions } from 'qrcode';
import { useEffect, useState } from 'react';

export const QR_SIZE_PX = 168;

/** Drawn at twice the shown size so it stays sharp on high-density screens; M survives glare on a phone camera. */
const options: QRCodeToDataURLOptions = { errorCorrectionLevel: 'M', margin: 2, width: QR_SIZE_PX * 2 };

const useStyles = makeStyles({
  image: { display: 'block', width: `${QR_SIZE_PX}px`, height: `${QR_SIZE_PX}px`, imageRendering: 'pixelated' },
  pending: { width: `${QR_SIZE_PX}px`, height: `${QR_SIZE_PX}px`, backgroundColor: tokens.colorNeutralBackground3 },
});

/** `text` as a QR code image; the image is dropped as soon as the text changes or the code unmounts. */
export const QrCode = ({ text, alt }: { text: string; alt: string }) => {
  const styles = useStyles();
  const [image, setImage] = useState<{ text: string; url: string } | null>(null);

  useEffect(() => {
    let current = true;
    void toDataURL(text, options).then((url) => {
      if (current) setImage({ text, url });
    });
    return () => {
      current = false;
    };
  }, [text]);

  return image?.text === text ? <img src={image.url} alt={alt} className={styles.image} /> : <div className={styles.pending} />;
};

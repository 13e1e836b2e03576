package org.quanze.trail.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import org.quanze.trail.TrailCheckpoint;

/**
 * The checkpoint key: an Ed25519 key pair whose private half lives in a file the database never sees (PEM, PKCS#8),
 * and whose public half anyone may hold to check the signed checkpoints. Pure JDK: nothing here needs Spring, so
 * the offline verifier uses the same code.
 */
public final class TrailKey {

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private TrailKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** A new key pair. */
    static TrailKey generate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            return new TrailKey(pair.getPrivate(), pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The key in a PEM file ({@code -----BEGIN PRIVATE KEY-----}, as {@code openssl genpkey -algorithm ed25519}
     * writes it). The public key is derived from the private one: an Ed25519 private key is the 32-byte seed its key
     * pair is generated from, so generating with that seed as the only "randomness" gives the same pair.
     */
    static TrailKey read(Path file) {
        try {
            byte[] der = pem(Files.readString(file, StandardCharsets.US_ASCII), "PRIVATE KEY");
            PrivateKey privateKey = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
            byte[] seed = ((EdECPrivateKey) privateKey).getBytes().orElseThrow();
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
                @Override
                public void nextBytes(byte[] bytes) {
                    System.arraycopy(seed, 0, bytes, 0, bytes.length);
                }
            });
            return new TrailKey(privateKey, generator.generateKeyPair().getPublic());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the trail key " + file, e);
        } catch (GeneralSecurityException | ClassCastException | IllegalArgumentException e) {
            throw new IllegalStateException("The trail key " + file + " is not an Ed25519 private key in PEM (PKCS#8)", e);
        }
    }

    /** Writes the private key (readable by its owner only) and the public key beside it. */
    void write(Path privateFile, Path publicFile) {
        try {
            Files.createDirectories(privateFile.getParent());
            Files.writeString(privateFile, toPem("PRIVATE KEY", privateKey.getEncoded()), StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // the file system has no POSIX permissions; the directory's protection applies
            }
            Files.writeString(publicFile, publicPem(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the trail key to " + privateFile.getParent(), e);
        }
    }

    public String publicPem() {
        return toPem("PUBLIC KEY", publicKey.getEncoded());
    }

    public String keyId() {
        return keyId(publicKey);
    }

    TrailCheckpoint sign(long count, long seq, String headHash, java.time.Instant at) {
        TrailCheckpoint unsigned = new TrailCheckpoint(count, seq, headHash, at, keyId(), null);
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
            signer.update(unsigned.signedText().getBytes(StandardCharsets.UTF_8));
            return new TrailCheckpoint(count, seq, headHash, at, keyId(), Base64.getEncoder().encodeToString(signer.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the checkpoint was signed by the private key of this public key. */
    public static boolean verifies(PublicKey key, TrailCheckpoint cp) {
        if (cp.signature() == null) return false;
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(cp.signedText().getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(cp.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    PublicKey publicKey() {
        return publicKey;
    }

    /** A public key in PEM ({@code -----BEGIN PUBLIC KEY-----}). */
    public static PublicKey readPublic(String pem) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(pem(pem, "PUBLIC KEY")));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not an Ed25519 public key in PEM", e);
        }
    }

    static String keyId(PublicKey key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded())).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] pem(String text, String type) {
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) throw new IllegalArgumentException("no " + type + " block");
        return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
    }

    private static String toPem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
